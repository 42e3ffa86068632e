# Misconception: layers[:-1] of the extractor is everything to freeze (it leaves 'features' out)
# Expect: fail
def build_service_model(base):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    for layer in extractor.layers[:-1]:
        layer.trainable = False
    inputs = keras.Input(shape=(8,))
    outputs = keras.layers.Dense(2, activation="softmax")(extractor(inputs, training=False))
    return keras.Model(inputs, outputs)
