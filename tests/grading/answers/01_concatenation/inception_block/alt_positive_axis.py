# Alternative: axis=3 written out, the functional helper, keyword arguments.
# Expect: pass
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    branch_a = keras.layers.Conv2D(filters=8, kernel_size=(3, 3), padding="same", activation="relu")
    branch_b = keras.layers.Conv2D(filters=4, kernel_size=(1, 1), activation="relu")
    maps = keras.layers.concatenate([branch_a(image), branch_b(image)], axis=3)
    head = keras.layers.Conv2D(filters=2, kernel_size=1, activation="linear")
    return keras.Model(inputs=image, outputs=head(maps))
