# Misconception: tile along one axis and pad the rest with zeros
# Expect: fail
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16)); metadata = keras.Input(shape=(3,))
    tiled = keras.layers.UpSampling2D(size=(8, 1))(keras.layers.Reshape((1, 1, 3))(metadata))
    tiled = keras.layers.ZeroPadding2D(((0, 0), (0, 7)))(tiled)
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(keras.layers.Concatenate()([features, tiled])))
