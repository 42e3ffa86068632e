# Misconception: flatten the map to join it with the vector
# Expect: fail
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    flat = keras.layers.Concatenate()([keras.layers.Flatten()(features), metadata])
    out = keras.layers.Reshape((8, 8, 4))(keras.layers.Dense(8 * 8 * 4)(flat))
    return keras.Model([features, metadata], out)
