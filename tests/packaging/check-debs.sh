#!/usr/bin/env bash
# deb_packages_install: builds the three Debian packages from this build tree with
# CPack, installs them with dpkg into an empty root (dpkg --root), and checks what
# an administrator would: fields and dependencies, every file where FHS puts it,
# the root-only configuration, the systemd units, that the installed programs run,
# and that removing and purging leaves nothing behind.
#
#   check-debs.sh BUILD_DIR VERSION
set -Eeuo pipefail
build_dir=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
# A command that fails where no check expected it still says where.
trap 'echo "FAIL: line $LINENO: \"$BASH_COMMAND\" exited $?" >&2' ERR

# gzip: the shipped xz compression is not what is tested here, and takes most of the time.
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack could not build the packages"; }
arch=$(dpkg --print-architecture)
declare -A deb
for package in companion-admin companion-server stripe-sandbox; do
    deb[$package]="$work/out/${package}_${version}-1_${arch}.deb"
    [[ -f ${deb[$package]} ]] || fail "no ${package}_${version}-1_${arch}.deb (built: $(ls "$work/out"))"
done

# Control fields: version from the project, shlibdeps' libraries plus what Qt loads at run time.
field() { dpkg-deb --field "${deb[$1]}" "$2"; }
expect_field() { # package field pattern
    local value; value=$(field "$1" "$2")
    [[ $value =~ $3 ]] || fail "$1: $2 is \"$value\", expected to match $3"
}
for package in "${!deb[@]}"; do
    expect_field "$package" Version "^${version//./\\.}-1\$"
    expect_field "$package" Depends 'libqt6core6 \(>= 6\.'
    expect_field "$package" Depends 'libc6 \(>= '
    expect_field "$package" Description '.{20,}'
    expect_field "$package" Maintainer 'Course Companion'
done
# Each package's own summary line, then its long description.
# (sed reads to the end: head would close the pipe early, and pipefail count the SIGPIPE.)
summaries=$(for package in "${!deb[@]}"; do field "$package" Description | sed -n 1p; done | sort -u | wc -l)
((summaries == 3)) || fail "the packages do not each have their own summary line"
expect_field companion-server Description '^Course Companion payments API'
expect_field companion-admin Depends 'libqt6widgets6'
expect_field companion-admin Depends 'libqt6charts6'
expect_field companion-admin Depends 'libqt6keychain1'
expect_field companion-admin Depends 'libqrencode4'
for runtime in libqt6sql6-sqlite libqt6sql6-psql libsecret-1-0; do expect_field companion-admin Depends "$runtime"; done
expect_field companion-admin Recommends 'gnome-keyring'
expect_field companion-server Depends 'libqt6httpserver6'
expect_field companion-server Depends 'libqt6sql6-psql'
expect_field stripe-sandbox Depends 'libqt6sql6-sqlite'
# Every name in Depends/Recommends is a real package this system can resolve.
apt-get --simulate --no-install-recommends install "${deb[@]}" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log"; fail "apt cannot satisfy the packages' dependencies"; }

# Install into an empty root: dpkg's own bookkeeping, maintainer scripts outside a
# chroot (they honour DPKG_ROOT), dependencies checked above against the real system.
root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
dpkg_root() { dpkg --root="$root" --log="$work/dpkg.log" --force-script-chrootless --force-depends --force-not-root "$@"; }
dpkg_root --install "${deb[@]}" >"$work/install.log" 2>&1 || { cat "$work/install.log"; fail "dpkg --install failed"; }
for package in "${!deb[@]}"; do
    status=$(dpkg-query --admindir="$root/var/lib/dpkg" --show --showformat='${Status}' "$package")
    [[ $status == "install ok installed" ]] || fail "$package is \"$status\" after installing"
done

# Files where FHS puts them, nothing anywhere else.
expect_file() { [[ -f $root$1 ]] || fail "$1 is not installed"; }
for program in companion-admin companion-server stripe-sandbox; do
    expect_file "/usr/bin/$program"
    [[ -x $root/usr/bin/$program ]] || fail "/usr/bin/$program is not executable"
    expect_file "/usr/share/doc/$program/copyright"
done
id=dev.coursecompanion.Billing
expect_file "/usr/share/applications/$id.desktop"
expect_file "/usr/share/metainfo/$id.metainfo.xml"
expect_file "/usr/share/icons/hicolor/scalable/apps/$id.svg"
for size in 16 22 24 32 48 64 128 256; do expect_file "/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"; done
expect_file /usr/lib/systemd/system/companion-server.service
expect_file /usr/lib/systemd/system/companion-server@.service
expect_file /usr/share/doc/companion-server/deployment.md
expect_file /usr/share/doc/companion-server/openapi.json
expect_file /usr/share/doc/companion-server/operations.md
expect_file /usr/share/companion-server/prometheus/companion-alerts.yml
expect_file /usr/share/companion-server/grafana/companion-server-dashboard.json
expect_file /usr/share/companion-server/haproxy/companion-server.cfg
expect_file /etc/companion/server.env
outside=$(find "$root" \( -type f -o -type l \) ! -path "$root/usr/*" ! -path "$root/etc/companion/*" ! -path "$root/var/lib/dpkg/*" -printf '/%P\n')
[[ -z $outside ]] || fail "files outside /usr and /etc/companion: $outside"
# The configuration holds secrets: root only, and kept as a conffile across upgrades.
mode=$(stat -c '%a %U' "$root/etc/companion/server.env")
[[ $mode == "600 root" ]] || fail "/etc/companion/server.env is \"$mode\", expected 600 root"
dpkg-query --admindir="$root/var/lib/dpkg" --show --showformat='${Conffiles}' companion-server | grep -F '/etc/companion/server.env' >/dev/null \
    || fail "/etc/companion/server.env is not a conffile"

# The units: valid for systemd, the installed paths, the hardening that matters.
unit=$root/usr/lib/systemd/system/companion-server.service
grep -qx 'ExecStartPre=/usr/bin/companion-server migrate' "$unit" || fail "the unit does not migrate before starting"
grep -qx 'EnvironmentFile=/etc/companion/server.env' "$unit" || fail "the unit does not read /etc/companion/server.env"
for setting in DynamicUser=yes ProtectSystem=strict NoNewPrivileges=yes ProtectHome=yes PrivateTmp=yes CapabilityBoundingSet=; do
    grep -qx "$setting" "$unit" || fail "the unit lacks $setting"
done
# verify needs the system's own targets (sysinit.target, …) beside ours: a copy of the root with them.
verify_root=$work/verify-root
cp -a "$root" "$verify_root"
cp -an /lib/systemd/system/. "$verify_root/usr/lib/systemd/system/"
for name in companion-server.service companion-server@8001.service; do
    systemd-analyze verify --root="$verify_root" "$name" >"$work/verify.log" 2>&1 \
        || { cat "$work/verify.log"; fail "systemd-analyze verify $name"; }
done
exposure=$(systemd-analyze security --offline=yes --root="$root" companion-server.service 2>/dev/null \
               | sed -n 's/.*Overall exposure level for companion-server.service: \([0-9.]*\).*/\1/p')
[[ -n $exposure ]] || fail "systemd-analyze security gave no exposure level"
echo "systemd-analyze security: exposure $exposure (0 = fully hardened, 10 = unprotected)"
awk -v e="$exposure" 'BEGIN { exit !(e <= 2.0) }' || fail "exposure $exposure is above 2.0"

# The installed programs run from their installed paths.
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/companion-admin" --version 2>&1) || fail "companion-admin --version: $out"
[[ $out == *"companion-admin $version"* ]] || fail "companion-admin --version said: $out"
out=$("$root/usr/bin/companion-server" --help 2>&1) || fail "companion-server --help: $out"
[[ $out == *"Usage:"*"migrate"* ]] || fail "companion-server --help said: $out"
out=$("$root/usr/bin/companion-server" migrate --database "sqlite://$work/installed.db" 2>&1) || fail "companion-server migrate: $out"
[[ $out == *"migrated from schema 0"* ]] || fail "companion-server migrate said: $out"
out=$("$root/usr/bin/stripe-sandbox" --version 2>&1) || fail "stripe-sandbox --version: $out"
[[ $out == *"stripe-sandbox $version"* ]] || fail "stripe-sandbox --version said: $out"

# Remove keeps the configuration (a conffile); purge takes it too.
dpkg_root --remove companion-admin companion-server stripe-sandbox >"$work/remove.log" 2>&1 || { cat "$work/remove.log"; fail "dpkg --remove failed"; }
[[ ! -e $root/usr/bin/companion-server ]] || fail "companion-server is still there after removing"
[[ -f $root/etc/companion/server.env ]] || fail "removing (not purging) deleted the configuration"
dpkg_root --purge companion-admin companion-server stripe-sandbox >"$work/purge.log" 2>&1 || { cat "$work/purge.log"; fail "dpkg --purge failed"; }
left=$(find "$root" \( -type f -o -type l \) ! -path "$root/var/lib/dpkg/*" -printf '/%P\n')
[[ -z $left ]] || fail "left after purging: $left"

for package in companion-admin companion-server stripe-sandbox; do
    printf '%s: %s KiB, Depends: %s\n' "$package" "$(( $(stat -c %s "${deb[$package]}") / 1024 ))" "$(field "$package" Depends)"
done
echo "PASS: 3 packages built, installed with dpkg --root, run, removed and purged"
