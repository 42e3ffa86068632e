# Misconception: only the lr attribute name is broken; assigning the rate is enough
# Expect: fail
def prepare_fine_tuning(model, extractor):
    for layer in extractor.layers[:2]:
        layer.trainable = False
    model.optimizer.learning_rate.assign(1e-4)
    return model
