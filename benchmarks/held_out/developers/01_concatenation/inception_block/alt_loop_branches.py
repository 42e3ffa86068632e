# Alternative: branches from a list of specs in a loop, head as a Sequential
# Expect: pass
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    specs = [(8, 3), (4, 1)]
    branches = [keras.layers.Conv2D(f, k, padding="same", activation="relu")(image) for f, k in specs]
    head = keras.Sequential([keras.layers.Conv2D(2, 1)])
    return keras.Model(image, head(keras.layers.Concatenate(axis=-1)(branches)))
