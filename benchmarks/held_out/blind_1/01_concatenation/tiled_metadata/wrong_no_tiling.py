# Misconception: Concatenate broadcasts the vector to every position
# Expect: fail
def build_tiled_metadata_model():
    fmap = keras.Input(shape=(8, 8, 16))
    meta = keras.Input(shape=(3,))
    merged = keras.layers.Concatenate()([fmap, meta])
    return keras.Model([fmap, meta], keras.layers.Conv2D(4, 1)(merged))
