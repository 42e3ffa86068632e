# Misconception: set_weights copies between two models whichever way it is written (the
# given encoder receives the clone's fresh values: what it learned is lost).
# (explained from a snapshot of the given model taken by ag.call, no table entry)
# Expect: fail "the values went the wrong way: encoder.set_weights\(new.get_weights\(\)\)"
def copy_encoder(encoder):
    duplicate = keras.models.clone_model(encoder)
    encoder.set_weights(duplicate.get_weights())
    return duplicate
