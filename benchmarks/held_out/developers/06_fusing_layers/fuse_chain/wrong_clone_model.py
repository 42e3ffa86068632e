# Misconception: clone_model gives a new model with its own variables, which is what the task wants
# Expect: fail
def fuse_chain(chain):
    model = keras.models.clone_model(chain)
    model.set_weights(chain.get_weights())
    return model
