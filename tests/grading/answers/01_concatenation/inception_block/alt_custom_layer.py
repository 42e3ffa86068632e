# Alternative: the two branches inside a custom Layer holding the Conv2D sublayers.
# Expect: pass
class TwoFilters(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.branches = [
            keras.layers.Conv2D(8, (3, 3), padding="same", activation="relu"),
            keras.layers.Conv2D(4, (1, 1), activation="relu"),
        ]

    def call(self, image):
        return keras.layers.concatenate([branch(image) for branch in self.branches])


def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    return keras.Model(image, keras.layers.Conv2D(2, 1)(TwoFilters()(image)))
