# Misconception: the head conv needs a ReLU like the others
# Expect: fail
def build_tiled_metadata_model():
    fmap = keras.Input(shape=(8, 8, 16))
    meta = keras.Input(shape=(3,))
    m = keras.layers.Reshape((1, 1, 3))(meta)
    m = keras.layers.UpSampling2D(size=8)(m)
    merged = keras.layers.Concatenate()([fmap, m])
    return keras.Model([fmap, meta], keras.layers.Conv2D(4, 1, activation="relu")(merged))
