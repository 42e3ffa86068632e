# Alternative: branches built in a loop, merged with keras.ops
# Expect: pass
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    branches = [
        keras.layers.Conv2D(8, 3, padding="same", activation="relu"),
        keras.layers.Conv2D(4, 1, activation="relu"),
    ]
    maps = [layer(image) for layer in branches]
    merged = keras.ops.concatenate(maps, axis=-1)
    return keras.Model(image, keras.layers.Conv2D(2, 1)(merged))
