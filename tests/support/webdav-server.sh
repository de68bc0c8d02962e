#!/usr/bin/env bash
# A throwaway WebDAV server for tests: Debian's Apache httpd with mod_dav, on loopback only, with
# everything (configuration, password file, lock database, logs, pid) inside DIR.
#
#   webdav-server.sh start DIR PORT [tls]
#                                     serves DIR/root as http://127.0.0.1:PORT/ for the user
#                                     "caisse" with the password "s3cret"; returns once the port
#                                     answers (exit 3 when the port is taken, so a caller can retry).
#                                     With tls: https, with a self-signed certificate made for the
#                                     occasion (DIR/server.crt), which a client must refuse.
#   webdav-server.sh stop DIR         stops it and waits until it is gone
#
# Works as root (Apache then drops to nobody:nogroup, so DIR is opened to them) and as any user.
set -euo pipefail

usage()
{
    echo "Usage: $0 start DIR PORT [tls] | stop DIR" >&2
    exit 2
}

apache=/usr/sbin/apache2
modules=/usr/lib/apache2/modules

wait_for_port()
{
    local port="$1" i
    for i in $(seq 1 100); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            return 0
        fi
        sleep 0.1
    done
    return 1
}

start()
{
    local dir port tls
    dir="$(cd "$1" && pwd)"
    port="$2"
    tls="${3:-}"
    [[ "$port" =~ ^[0-9]+$ ]] || usage
    [[ -x "$apache" ]] || { echo "webdav-server: $apache not found (apt-get install apache2)" >&2; exit 1; }
    command -v htpasswd >/dev/null || { echo "webdav-server: htpasswd not found (apt-get install apache2-utils)" >&2; exit 1; }
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "webdav-server: port $port is already in use" >&2
        exit 3
    fi

    mkdir -p "$dir/root" "$dir/lock" "$dir/run"
    htpasswd -b -c -B "$dir/htpasswd" caisse s3cret >/dev/null 2>&1 \
        || htpasswd -b -c "$dir/htpasswd" caisse s3cret >/dev/null

    local user_lines=""
    if [[ "$(id -u)" -eq 0 ]]; then
        # Apache refuses to serve as root: its children run as nobody, who must reach DIR.
        local group=nogroup
        getent group nogroup >/dev/null || group=nobody
        user_lines="User nobody
Group $group"
        chmod 0755 "$dir"
        chmod 0777 "$dir/root" "$dir/lock"
        chmod 0644 "$dir/htpasswd"
        chown -R nobody "$dir/root" "$dir/lock"
        # Every parent must be traversable by nobody too; they are not changed behind your back.
        if ! su nobody -s /bin/sh -c "test -x '$dir/root'" 2>/dev/null \
            && command -v setpriv >/dev/null \
            && ! setpriv --reuid=nobody --regid=nogroup --clear-groups test -x "$dir/root"; then
            echo "webdav-server: nobody cannot reach $dir; use a DIR under /tmp" >&2
            exit 1
        fi
    fi

    local tls_lines=""
    if [[ "$tls" == tls ]]; then
        command -v openssl >/dev/null || { echo "webdav-server: openssl not found (apt-get install openssl)" >&2; exit 1; }
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" \
            -addext "subjectAltName=IP:127.0.0.1" \
            -keyout "$dir/server.key" -out "$dir/server.crt" >/dev/null 2>&1
        tls_lines="LoadModule socache_shmcb_module $modules/mod_socache_shmcb.so
LoadModule ssl_module $modules/mod_ssl.so
SSLSessionCache none
SSLEngine on
SSLCertificateFile \"$dir/server.crt\"
SSLCertificateKeyFile \"$dir/server.key\""
    elif [[ -n "$tls" ]]; then
        usage
    fi

    cat >"$dir/httpd.conf" <<CONF
ServerRoot "$dir"
ServerName 127.0.0.1
Listen 127.0.0.1:$port
$user_lines
LoadModule mpm_prefork_module $modules/mod_mpm_prefork.so
LoadModule authz_core_module $modules/mod_authz_core.so
LoadModule authn_core_module $modules/mod_authn_core.so
LoadModule authn_file_module $modules/mod_authn_file.so
LoadModule auth_basic_module $modules/mod_auth_basic.so
LoadModule authz_user_module $modules/mod_authz_user.so
LoadModule dav_module $modules/mod_dav.so
LoadModule dav_fs_module $modules/mod_dav_fs.so
$tls_lines
StartServers 2
MinSpareServers 1
MaxSpareServers 4
MaxRequestWorkers 16
KeepAlive On
Timeout 60
PidFile "$dir/run/httpd.pid"
DefaultRuntimeDir "$dir/run"
Mutex file:$dir/run default
ErrorLog "$dir/error.log"
LogLevel warn
DavLockDB "$dir/lock/DavLock"
LimitRequestBody 0
LimitXMLRequestBody 0
DocumentRoot "$dir/root"
<Directory "/">
    AllowOverride None
    Require all denied
</Directory>
<Directory "$dir/root">
    Dav On
    AuthType Basic
    AuthName "ReCaisse test"
    AuthBasicProvider file
    AuthUserFile "$dir/htpasswd"
    Require valid-user
</Directory>
CONF

    local output
    if ! output="$("$apache" -f "$dir/httpd.conf" -d "$dir" -k start 2>&1)"; then
        # Taken between the check above and the bind (another test picked the same port).
        if { echo "$output"; cat "$dir/error.log" 2>/dev/null; } | grep -q "Address already in use"; then
            echo "webdav-server: port $port is already in use" >&2
            exit 3
        fi
        echo "webdav-server: Apache did not start: $output" >&2
        exit 1
    fi
    if ! wait_for_port "$port"; then
        echo "webdav-server: Apache did not answer on port $port; $dir/error.log says:" >&2
        tail -n 20 "$dir/error.log" >&2 2>/dev/null || true
        stop "$dir"
        exit 1
    fi
}

stop()
{
    local dir="$1" pidfile pid i
    pidfile="$dir/run/httpd.pid"
    [[ -f "$pidfile" ]] || return 0
    pid="$(cat "$pidfile" 2>/dev/null || true)"
    [[ -n "$pid" ]] || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$pidfile"
}

[[ $# -ge 2 ]] || usage
case "$1" in
    start) [[ $# -eq 3 || $# -eq 4 ]] || usage; start "$2" "$3" "${4:-}" ;;
    stop) [[ $# -eq 2 ]] || usage; stop "$2" ;;
    *) usage ;;
esac
