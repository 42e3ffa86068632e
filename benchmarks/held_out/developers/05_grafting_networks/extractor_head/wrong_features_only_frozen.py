# Misconception: freezing the cut layer 'features' freezes what is below it
# Expect: fail
def build_service_model(base):
    base.get_layer("features").trainable = False
    extractor = keras.Model(base.input, base.get_layer("features").output)
    inputs = keras.Input(shape=(8,))
    outputs = keras.layers.Dense(2, activation="softmax")(extractor(inputs, training=False))
    return keras.Model(inputs, outputs)
