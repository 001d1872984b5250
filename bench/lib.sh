# Shared by the bench scripts (sourced from the repository root).
# shellcheck shell=bash

# The JVM options the image ships with: JAVA_TOOL_OPTIONS in the Dockerfile, so every
# measurement runs what is deployed and the options are written in one place.
deployed_jvm_opts() {
  local opts
  opts=$(sed -n 's/.*JAVA_TOOL_OPTIONS="\([^"]*\)".*/\1/p' Dockerfile)
  [ -n "$opts" ] || { echo "bench: no JAVA_TOOL_OPTIONS in the Dockerfile" >&2; return 1; }
  echo "$opts"
}

# Installs with apt-get whichever of the named tools is missing (nginx also counts when
# it is in /usr/sbin, off a normal user's PATH).
need_tools() {
  local missing=() tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 && continue
    [ "$tool" = nginx ] && [ -x /usr/sbin/nginx ] && continue
    missing+=("$tool")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "bench: installing ${missing[*]}" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}
