# Misconception: a custom layer can tile with the Python batch size from the symbolic shape
# Expect: fail
class Tile(keras.layers.Layer):
    def call(self, x):
        batch = x.shape[0]
        return keras.ops.broadcast_to(keras.ops.reshape(x, (batch, 1, 1, 3)), (batch, 8, 8, 3))


def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    stacked = keras.layers.Concatenate()([features, Tile()(metadata)])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
