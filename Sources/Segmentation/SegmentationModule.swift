// Module Segmentation: see docs/architecture.md. (Seed file; replaced by the module's first real source.)
enum SegmentationModule {}
