# Alternative: keras.ops.repeat along rows then columns
# Expect: pass
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    pixel = keras.layers.Reshape((1, 1, 3))(metadata)
    spread = keras.ops.repeat(keras.ops.repeat(pixel, 8, axis=1), 8, axis=2)
    stacked = keras.layers.Concatenate()([features, spread])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
