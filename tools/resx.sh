#!/usr/bin/env bash
# Writes a .resx file from "key<TAB>text" lines on stdin: tools/resx.sh path/to/Texts.en.resx < lines
set -euo pipefail
out=$1
{
  cat <<'HEAD'
<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
HEAD
  while IFS=$'\t' read -r key text; do
    [ -z "$key" ] && continue
    text=${text//&/&amp;}; text=${text//</&lt;}; text=${text//>/&gt;}
    printf '  <data name="%s" xml:space="preserve"><value>%s</value></data>\n' "$key" "$text"
  done
  echo '</root>'
} > "$out"
