# Misconception: a head on frozen features needs no bias
# Expect: fail
def build_service_model(base):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    inputs = keras.Input(shape=(8,))
    outputs = keras.layers.Dense(2, activation="softmax", use_bias=False)(extractor(inputs))
    return keras.Model(inputs, outputs)
