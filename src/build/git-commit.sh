#!/bin/sh
# Writes the short commit being built to $1, or nothing outside a git checkout.
mkdir -p "$(dirname "$1")"
git rev-parse --short=12 HEAD 2>/dev/null > "$1" || : > "$1"
