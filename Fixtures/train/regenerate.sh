#!/usr/bin/env bash
# Regenerates what is derived from Fixtures/train/examples.jsonl, after the examples change:
#   1. Sources/Complaints/Classification/DefaultTrainingExamples.swift (the examples embedded in the binary)
#   2. Sources/Complaints/Resources/plaint-model.json (the shipped pre-trained model), with --model
# The tests ClassifierModelTests.embeddedExamplesMatchFixtures and ShippedModelTests fail until both are current.
#
#   Fixtures/train/regenerate.sh            # the Swift file only
#   Fixtures/train/regenerate.sh --model    # and the shipped model (builds plaint in release mode first)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=Sources/Complaints/Classification/DefaultTrainingExamples.swift
{
    printf '%s\n' '// GENERATED from Fixtures/train/examples.jsonl — do not edit by hand.'
    printf '%s\n' '// Regenerate with Fixtures/train/regenerate.sh'
    printf '%s\n' '// (the test `ClassifierModelTests.embeddedExamplesMatchFixtures` fails when the two differ).'
    printf '%s\n' 'enum DefaultTrainingExamples {'
    printf '%s\n' '    static let jsonl = #"""'
    cat Fixtures/train/examples.jsonl
    printf '%s\n' '"""#'
    printf '%s\n' '}'
} > "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out"
if [ "${1:-}" = "--model" ]; then
    scratch="${PLAINT_SCRATCH:-.build}"
    swift build -c release --product plaint --scratch-path "$scratch" >&2
    bin="$(swift build -c release --product plaint --scratch-path "$scratch" --show-bin-path)/plaint"
    "$bin" classifier train --no-corrections --out Sources/Complaints/Resources/plaint-model.json
fi
