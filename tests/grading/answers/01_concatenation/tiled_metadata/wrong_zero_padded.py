# Misconception: padding makes shapes fit (it does, but only one position sees the metadata).
# Expect: fail "your model has a ZeroPadding2D"
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    pixel = keras.layers.Reshape((1, 1, 3))(metadata)
    padded = keras.layers.ZeroPadding2D(padding=((0, 7), (0, 7)))(pixel)
    stacked = keras.layers.Concatenate()([features, padded])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
