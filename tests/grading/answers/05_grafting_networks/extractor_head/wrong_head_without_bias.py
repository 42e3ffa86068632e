# Misconception: a head on frozen features needs no bias (explained by structure, no table entry)
# Expect: fail "has no bias \(use_bias=False\), the task.s layer has one"
def build_service_model(base):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    inputs = keras.Input(shape=(8,))
    outputs = keras.layers.Dense(2, activation="softmax", use_bias=False)(extractor(inputs))
    return keras.Model(inputs, outputs)
