# Misconception: turning a vector into a map needs a trainable layer.
# Expect: fail "went through a trainable layer"
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    projected = keras.layers.Dense(3)(metadata)
    tiled = keras.layers.UpSampling2D(8)(keras.layers.Reshape((1, 1, 3))(projected))
    stacked = keras.layers.Concatenate()([features, tiled])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
