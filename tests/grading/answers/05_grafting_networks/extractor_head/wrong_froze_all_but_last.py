# Misconception: extractor.layers[:-1] is every layer but the head (the cut model has no
# head: its last layer is 'features', which is left trainable).
# (explained from the layers' trainable flags by grafting_networks.check_trainable, no table entry)
# Expect: fail "trains 'features' \(Dense\)"
def build_service_model(base):
    extractor = keras.Model(base.inputs, base.get_layer("features").output)
    for layer in extractor.layers[:-1]:
        layer.trainable = False
    readings = keras.Input(shape=(8,))
    outputs = keras.layers.Dense(2, activation="softmax")(extractor(readings))
    return keras.Model(readings, outputs)
