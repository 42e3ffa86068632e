# Misconception: tiling spreads the values, so divide by the 64 positions
# Expect: fail
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16)); metadata = keras.Input(shape=(3,))
    tiled = keras.ops.broadcast_to(keras.ops.reshape(metadata, (-1, 1, 1, 3)), (keras.ops.shape(metadata)[0], 8, 8, 3)) / 64.0
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(keras.layers.Concatenate()([features, tiled])))
