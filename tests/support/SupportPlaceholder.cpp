// Keeps the support library non-empty until the fixture generators land.
namespace diptych::test { int supportPlaceholder() { return 0; } }
