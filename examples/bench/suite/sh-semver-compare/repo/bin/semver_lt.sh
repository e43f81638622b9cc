#!/usr/bin/env bash
[[ "$1" < "$2" ]]
