# Sourced by ./fm. Idempotent set-up: Debian packages, the face-api model package, a Release build.
# Works as root or through sudo; does nothing that is already done.

FM_BUILD_DIR="${FM_BUILD_DIR:-build}"
FM_FACEAPI_VERSION=1.7.15
# sha512 of @vladmandic/face-api-1.7.15.tgz as published on the npm registry (dist.integrity).
FM_FACEAPI_SHA512=5833262b709f34ba3c8f2956a8ca1081fe2722cb773347f3c7576769cf7ac2ffddbcc4cde03c42fcfab50c6b5db83935964b426a64373080d7167beb7474d70f
FM_CACHE_ROOT="${XDG_CACHE_HOME:-$HOME/.cache}/facemotion"
FM_FACEAPI_DIR="$FM_CACHE_ROOT/face-api-$FM_FACEAPI_VERSION"

FM_DEBIAN_PACKAGES=(
    cmake ninja-build g++ pkg-config file dpkg-dev clang-format
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-multimedia-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6opengl6-dev libqt6sql6-sqlite qt6-qpa-plugins
    libtorch-dev libopenblas0 libopencv-dev libdlib-dev libdlib-data libnanoflann-dev
    python3-sklearn
    xvfb xauth
)

fm_log() { printf '\033[1m[fm]\033[0m %s\n' "$*"; }

fm_sudo() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

fm_install_packages() {
    local missing=() pkg
    for pkg in "${FM_DEBIAN_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
    if [ ${#missing[@]} -gt 0 ]; then
        fm_log "installing Debian packages: ${missing[*]}"
        fm_sudo apt-get update -q
        fm_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

fm_fetch_models() {
    if [ -f "$FM_FACEAPI_DIR/.complete" ]; then
        return 0
    fi
    fm_log "fetching @vladmandic/face-api@$FM_FACEAPI_VERSION from the npm registry"
    local tmp
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "@vladmandic/face-api@$FM_FACEAPI_VERSION" >/dev/null)
    local tgz="$tmp/vladmandic-face-api-$FM_FACEAPI_VERSION.tgz"
    local sum
    sum="$(sha512sum "$tgz" | cut -d' ' -f1)"
    if [ "$sum" != "$FM_FACEAPI_SHA512" ]; then
        echo "face-api package checksum mismatch: got $sum" >&2
        rm -rf "$tmp"
        return 1
    fi
    tar xzf "$tgz" -C "$tmp"
    # Face videos and the models that read them stay private to the user.
    mkdir -p "$FM_CACHE_ROOT" && chmod 700 "$FM_CACHE_ROOT"
    rm -rf "$FM_FACEAPI_DIR"
    mkdir -p "$FM_FACEAPI_DIR"
    cp -r "$tmp/package/model" "$FM_FACEAPI_DIR/models"
    mkdir -p "$FM_FACEAPI_DIR/demo"
    cp "$tmp"/package/demo/*.jpg "$FM_FACEAPI_DIR/demo/"
    cp "$tmp/package/LICENSE" "$FM_FACEAPI_DIR/LICENSE"
    rm -rf "$tmp"
    touch "$FM_FACEAPI_DIR/.complete"
    fm_log "face-api models in $FM_FACEAPI_DIR/models"
}

fm_build() {
    if [ ! -f "$FM_BUILD_DIR/CMakeCache.txt" ]; then
        cmake -S . -B "$FM_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
            -DFM_FACEAPI_DIR="$FM_FACEAPI_DIR"
    fi
    cmake --build "$FM_BUILD_DIR" --parallel "$(nproc)"
}

# The FEENet head the CLI and the studio use by default (seed 002): trained on the demo faces,
# beside the face-api models (so the .deb bundles it too). About 15 s, once.
fm_train_default_head() {
    local head="$FM_FACEAPI_DIR/models/feenet-demo-head.pt"
    if [ -f "$head" ]; then
        return
    fi
    fm_log "training the default FEENet head on the demo faces"
    "$FM_BUILD_DIR/app/cli/fmstudio-cli" expressions train --demo --out "$head.tmp" >/dev/null
    mv "$head.tmp" "$head"
}

fm_setup() {
    fm_install_packages
    fm_fetch_models
    fm_build
    fm_train_default_head
}

# The demo project: made once (a few minutes), regenerated if an earlier run was interrupted.
fm_ensure_demo_project() {
    local demo="$1"
    if [ -f "$demo/project.sqlite" ] && [ ! -f "$demo/cache/demo/demo-complete.json" ]; then
        local aside="$demo.incomplete-$(date +%Y%m%d-%H%M%S)"
        fm_log "an earlier demo run did not finish; moving it to $aside"
        mv "$demo" "$aside"
    fi
    if [ ! -f "$demo/project.sqlite" ]; then
        fm_log "creating the demo project in $demo (once; a few minutes)"
        mkdir -p "$(dirname "$demo")"
        "$FM_BUILD_DIR/app/cli/fmstudio-cli" demo "$demo"
    fi
}

fm_run_main_job() {
    local demo="${FM_DEMO_PROJECT:-$HOME/FaceMotion/demo-project}"
    fm_ensure_demo_project "$demo"
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        fm_log "starting the studio on $demo"
        exec "$FM_BUILD_DIR/app/studio/fmstudio" --project "$demo"
    fi
    local out="${FM_RESULTS_DIR:-$HOME/facemotion-results}"
    fm_log "no display: headless run, results go to $out"
    mkdir -p "$out" && chmod 700 "$out"
    "$FM_BUILD_DIR/app/cli/fmstudio-cli" doctor --out "$out/doctor"
    "$FM_BUILD_DIR/app/cli/fmstudio-cli" project info "$demo" --json > "$out/demo-project-info.json"
    "$FM_BUILD_DIR/app/cli/fmstudio-cli" project export "$demo" --csv "$out/demo-annotations.csv" \
        --json "$out/demo-annotations.json"
    cp "$demo/cache/demo/demo-complete.json" "$out/demo-summary.json"
    fm_log "results in $out: doctor/ (libraries, models, faces found), demo-project-info.json,"
    fm_log "demo-annotations.csv/.json (automatic onset/apex/offset of every clip), demo-summary.json"
    fm_log "demo project: $demo"
}

fm_run_tests() {
    ctest --test-dir "$FM_BUILD_DIR" --output-on-failure --timeout 1500
}

fm_package() {
    (cd "$FM_BUILD_DIR" && cpack -G DEB)
}

fm_run_benchmarks() {
    local bench
    for bench in "$FM_BUILD_DIR"/tests/bench/bench_*; do
        [ -x "$bench" ] || continue
        if [ $# -gt 0 ] && [[ ! " $* " =~ " $(basename "$bench") " ]]; then continue; fi
        fm_log "$(basename "$bench")"
        "$bench"
    done
}
