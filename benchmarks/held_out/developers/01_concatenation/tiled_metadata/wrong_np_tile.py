# Misconception: np.tile works on Keras tensors
# Expect: fail
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    spread = np.tile(keras.layers.Reshape((1, 1, 3))(metadata), (1, 8, 8, 1))
    stacked = keras.layers.Concatenate()([features, spread])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
