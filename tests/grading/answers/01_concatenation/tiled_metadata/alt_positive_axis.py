# Alternative: RepeatVector then Reshape, axis=3 written out, Input names.
# Expect: pass
def build_tiled_metadata_model():
    fmap = keras.Input(shape=(8, 8, 16), name="fmap")
    meta = keras.Input(shape=(3,), name="meta")
    grid = keras.layers.Reshape(target_shape=(8, 8, 3))(keras.layers.RepeatVector(64)(meta))
    stacked = keras.layers.Concatenate(axis=3)([fmap, grid])
    return keras.Model([fmap, meta], keras.layers.Conv2D(filters=4, kernel_size=(1, 1))(stacked))
