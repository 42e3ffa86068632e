# Alternative: a custom Layer that tiles with keras.ops.tile
# Expect: pass
class TileOverGrid(keras.layers.Layer):
    def __init__(self, size, **kwargs):
        super().__init__(**kwargs)
        self.size = size

    def call(self, vector):
        pixel = keras.ops.expand_dims(keras.ops.expand_dims(vector, 1), 1)
        return keras.ops.tile(pixel, (1, self.size, self.size, 1))


def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    stacked = keras.layers.Concatenate()([features, TileOverGrid(8)(metadata)])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
