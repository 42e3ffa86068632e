# Misconception: the head needs a relu
# Expect: fail
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16)); metadata = keras.Input(shape=(3,))
    tiled = keras.layers.UpSampling2D(size=8, interpolation="bilinear")(keras.layers.Reshape((1, 1, 3))(metadata))
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1, activation="relu")(keras.layers.Concatenate()([features, tiled])))
