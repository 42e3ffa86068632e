# Misconception: order of channels in the concatenation does not matter
# Expect: fail
def build_tiled_metadata_model():
    fmap = keras.Input(shape=(8, 8, 16))
    meta = keras.Input(shape=(3,))
    m = keras.layers.RepeatVector(64)(meta)
    m = keras.layers.Reshape((8, 8, 3))(m)
    merged = keras.layers.Concatenate()([m, fmap])
    return keras.Model([fmap, meta], keras.layers.Conv2D(4, 1)(merged))
