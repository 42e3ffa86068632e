# Misconception: any reshape to 8x8x3 is fine as long as the shape matches
# Expect: fail
def build_tiled_metadata_model():
    fmap = keras.Input(shape=(8, 8, 16))
    meta = keras.Input(shape=(3,))
    m = keras.layers.RepeatVector(64)(meta)           # (None, 64, 3)
    m = keras.layers.Permute((2, 1))(m)               # (None, 3, 64)
    m = keras.layers.Reshape((8, 8, 3))(m)            # scrambles values across positions
    merged = keras.layers.Concatenate()([fmap, m])
    return keras.Model([fmap, meta], keras.layers.Conv2D(4, 1)(merged))
