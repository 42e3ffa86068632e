# Misconception: the layer's name can be guessed from the task's words ('feature'; get_layer
# needs the exact name) (explained from Keras's own error by keras_errors, no table entry).
# Expect: fail "the network has no layer 'feature': its layers are"
def build_service_model(base):
    extractor = keras.Model(base.inputs, base.get_layer("feature").output)
    extractor.trainable = False
    readings = keras.Input(shape=(8,))
    return keras.Model(readings, keras.layers.Dense(2, activation="softmax")(extractor(readings)))
