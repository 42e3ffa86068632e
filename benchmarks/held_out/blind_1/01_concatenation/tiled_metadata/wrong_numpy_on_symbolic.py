# Misconception: calling .numpy() on a symbolic tensor gives its values
# Expect: fail
def build_tiled_metadata_model():
    fmap = keras.Input(shape=(8, 8, 16))
    meta = keras.Input(shape=(3,))
    m = keras.layers.Reshape((1, 1, 3))(meta)
    m = keras.ops.tile(m, (1, 8, 8, 1)).numpy()
    merged = keras.layers.Concatenate()([fmap, m])
    return keras.Model([fmap, meta], keras.layers.Conv2D(4, 1)(merged))
