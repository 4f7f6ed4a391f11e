# What the enriching models need beyond the build (which brings the ONNX files). Source it, then call:
#   models_install      installs Tesseract 5 with its English data (apt-get) when missing
#   skimage_data DIR    prints the folder of scikit-image's sample photos for the tests: the installed one, else
#                       Debian's python3-skimage unpacked under DIR (installing it would pull numpy and scipy)

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

models_install() {
  if ldconfig -p | grep -q 'libtesseract\.so\.5 ' && [ -f /usr/share/tesseract-ocr/5/tessdata/eng.traineddata ] \
    && [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ]; then return; fi
  # The font draws the text on the test and benchmark pictures.
  apt_install Tesseract tesseract-ocr tesseract-ocr-eng fonts-dejavu-core
}

skimage_data() {
  local installed=/usr/lib/python3/dist-packages/skimage/data
  if [ -f "$installed/chelsea.png" ]; then echo "$installed"; return; fi
  mkdir -p "$1"
  (cd "$1" && { apt-get download python3-skimage 2>/dev/null || { apt-get update -qq && apt-get download python3-skimage; }; } >/dev/null)
  dpkg -x "$1"/python3-skimage_*.deb "$1/root"
  echo "$1/root$installed"
}
