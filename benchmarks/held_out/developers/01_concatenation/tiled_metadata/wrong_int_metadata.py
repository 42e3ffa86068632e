# Misconception: camera settings are whole numbers, so the metadata input is int32
# Expect: fail
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,), dtype="int32")
    as_float = keras.ops.cast(metadata, "float32")
    spread = keras.layers.Reshape((8, 8, 3))(keras.layers.RepeatVector(64)(as_float))
    stacked = keras.layers.Concatenate()([features, spread])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
