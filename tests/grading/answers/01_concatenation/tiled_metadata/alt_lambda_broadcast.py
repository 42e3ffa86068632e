# Alternative: broadcast with keras.ops inside a Lambda layer.
# Expect: pass
def spread_over_grid(vector):
    return keras.ops.broadcast_to(vector[:, None, None, :], (keras.ops.shape(vector)[0], 8, 8, 3))


def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    grid = keras.layers.Lambda(spread_over_grid, output_shape=(8, 8, 3))(metadata)
    stacked = keras.layers.Concatenate()([features, grid])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
