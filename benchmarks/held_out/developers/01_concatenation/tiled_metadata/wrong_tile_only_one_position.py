# Misconception: the metadata needs to be at the first position only, padded with zeros
# Expect: fail
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    pixel = keras.layers.Reshape((1, 1, 3))(metadata)
    spread = keras.layers.ZeroPadding2D(((0, 7), (0, 7)))(pixel)
    stacked = keras.layers.Concatenate()([features, spread])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
