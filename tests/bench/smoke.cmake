# Runs a benchmark on a tiny data set and checks that it printed one JSON object with its keys.
# No timing is checked. -DBENCH=program -DNAME=label -DARGS="arguments" -DKEYS="key key…"
separate_arguments(arguments UNIX_COMMAND "${ARGS}")
separate_arguments(keys UNIX_COMMAND "${KEYS}")
execute_process(
    COMMAND "${BENCH}" ${arguments}
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err
    RESULT_VARIABLE rc
)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${NAME} exited with ${rc}:\n${err}")
endif()
foreach(key IN LISTS keys)
    string(JSON value ERROR_VARIABLE json_error GET "${out}" ${key})
    if(json_error)
        message(FATAL_ERROR "${NAME} did not print \"${key}\" as JSON (${json_error}):\n${out}")
    endif()
endforeach()
message(STATUS "${NAME}: ${out}")
