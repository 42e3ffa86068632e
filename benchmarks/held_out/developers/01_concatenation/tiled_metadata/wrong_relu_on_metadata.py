# Misconception: metadata should pass a ReLU before tiling
# Expect: fail
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16)); metadata = keras.Input(shape=(3,))
    tiled = keras.layers.UpSampling2D(size=8)(keras.layers.Reshape((1, 1, 3))(keras.layers.ReLU()(metadata)))
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(keras.layers.Concatenate()([features, tiled])))
