# Alternative: broadcasts by multiplying with ones shaped like the map, keras.ops only
# Expect: pass
def build_tiled_metadata_model():
    fmap = keras.Input(shape=(8, 8, 16))
    meta = keras.Input(shape=(3,))
    m = keras.ops.reshape(meta, (-1, 1, 1, 3))
    m = m * keras.ops.ones_like(fmap[..., :3])
    merged = keras.ops.concatenate([fmap, m], axis=-1)
    return keras.Model([fmap, meta], keras.layers.Conv2D(4, 1)(merged))
