# Alternative: a custom Layer holding the two branches
# Expect: pass
class InceptionBranches(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.wide = keras.layers.Conv2D(8, 3, padding="same", activation="relu")
        self.narrow = keras.layers.Conv2D(4, 1, activation="relu")

    def call(self, x):
        return keras.ops.concatenate([self.wide(x), self.narrow(x)], axis=-1)


def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    return keras.Model(image, keras.layers.Conv2D(2, 1)(InceptionBranches()(image)))
