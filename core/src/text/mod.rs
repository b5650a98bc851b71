//! Number and text formatting shared by the VM (in progress).
