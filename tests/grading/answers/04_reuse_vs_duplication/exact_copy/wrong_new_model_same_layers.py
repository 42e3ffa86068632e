# Misconception: a new keras.Model built from the encoder's inputs and outputs is a copy.
# Expect: fail "(?s)a new object, but 4 of its 4 variables are those of the encoder.*a new model was built around the layers"
def copy_encoder(encoder):
    return keras.Model(encoder.inputs, encoder.outputs)
