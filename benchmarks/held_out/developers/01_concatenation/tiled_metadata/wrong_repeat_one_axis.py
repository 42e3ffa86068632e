# Misconception: repeating along the rows is enough to fill the grid
# Expect: fail
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    pixel = keras.ops.reshape(metadata, (-1, 1, 1, 3))
    spread = keras.ops.repeat(pixel, 8, axis=1)
    stacked = keras.layers.Concatenate()([features, spread])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
