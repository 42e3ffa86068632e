# Alternative: branch A as a Sequential, activations as separate ReLU layers.
# Expect: pass
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    branch_a = keras.Sequential([keras.layers.Conv2D(8, 3, padding="same"), keras.layers.ReLU()])
    narrow = keras.layers.ReLU()(keras.layers.Conv2D(4, 1)(image))
    stacked = keras.layers.Concatenate(axis=-1)([branch_a(image), narrow])
    return keras.Model(image, keras.layers.Conv2D(2, 1)(stacked))
