# Runs recaisse-bench on a tiny data set and checks that it printed one JSON object with its keys.
execute_process(
    COMMAND "${BENCH}" --quick --days 30 --samples 200
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err
    RESULT_VARIABLE rc
)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "recaisse-bench exited with ${rc}:\n${err}")
endif()
foreach(key sale_commit_p50_ms sale_commit_p99_ms bare_txn_p50_ms sale_commit_vs_bare_ratio
            demo_data_days_per_s demo_data_days demo_data_seconds demo_sales db_bytes_per_sale
            dataset runs)
    string(JSON value ERROR_VARIABLE json_error GET "${out}" ${key})
    if(json_error)
        message(FATAL_ERROR "recaisse-bench did not print \"${key}\" as JSON (${json_error}):\n${out}")
    endif()
endforeach()
message(STATUS "recaisse-bench: ${out}")
