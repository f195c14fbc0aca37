#!/usr/bin/env bash
# Install the Debian/Ubuntu packages NetDesigner needs that pip cannot provide:
# the libraries Qt loads even when it draws offscreen, and venv support for Python.
# As root on Debian or Ubuntu it installs what is missing; otherwise it prints the command.
# Extra package names may be given as arguments (CI adds dataset-fashion-mnist).
set -euo pipefail

packages=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 "$@")
python3 -c 'import ensurepip, venv' 2>/dev/null || packages+=(python3-venv)

command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: not a Debian/Ubuntu system; install the equivalents of: ${packages[*]}"; exit 0; }

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "system-deps: Qt needs these Debian packages; install them with:"
    echo "    sudo apt-get install -y ${missing[*]}"
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null 2>&1 || {
    apt-get update -q >/dev/null
    apt-get install -y -q --no-install-recommends "${missing[@]}"
}
echo "system-deps: installed ${missing[*]}"
